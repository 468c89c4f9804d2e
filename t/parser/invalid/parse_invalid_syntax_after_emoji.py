status = "✅ 😀 done"; retries = 1 2
