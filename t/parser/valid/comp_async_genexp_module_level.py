# An asynchronous generator expression is allowed outside an async function.
agen = (x async for x in source)
