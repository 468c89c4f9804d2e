s = """text""
