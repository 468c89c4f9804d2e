result = await fetch()
