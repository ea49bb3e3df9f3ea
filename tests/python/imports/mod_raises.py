# helper module that fails while being imported
print("mod_raises: before error")
partial = 1
raise ValueError("import-time failure")
