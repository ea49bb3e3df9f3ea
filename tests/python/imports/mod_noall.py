# helper module without __all__
visible = "v"
also_visible = "av"
_underscore = "u"
