results = (await job for job in jobs)
