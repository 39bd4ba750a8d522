"""The Qt layer: widgets only. Every piece of work runs in ``desktop.core`` through ``worker``."""
