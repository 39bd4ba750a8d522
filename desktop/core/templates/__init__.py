"""Templates: the file format, the strict parser, rendering, the parse cache, the library and its search."""
