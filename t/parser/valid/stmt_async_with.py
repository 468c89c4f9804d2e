async def session():
    async with connect() as conn, lock:
        pass
    async with (
        connect() as conn,
        open_file() as f,
    ):
        pass
