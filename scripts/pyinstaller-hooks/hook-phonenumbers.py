# Promptdesk's own hook for phonenumbers, used instead of the stock one (build.spec's hookspath).
# The stock hook lists every submodule, including the place-name, carrier and time-zone data
# (45 MB) that build.spec excludes on purpose, so each of those was reported as a missing hidden
# import. Promptdesk only finds and formats numbers: the region metadata is all it needs.
from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules("phonenumbers.data") + collect_submodules("phonenumbers.shortdata")
