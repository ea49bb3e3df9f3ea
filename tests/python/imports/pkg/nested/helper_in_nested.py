# helper module in the nested package
NAME = "helper_in_nested"
