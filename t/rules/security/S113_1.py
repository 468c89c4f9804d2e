# S113: requests without timeout; S501: verify=False.
import httpx
import requests

requests.get("https://example.com")
requests.post("https://example.com", timeout=None)
requests.get("https://example.com", timeout=10, verify=False)
httpx.get("https://example.com", timeout=None)
httpx.get("https://example.com")  # httpx has a default timeout
