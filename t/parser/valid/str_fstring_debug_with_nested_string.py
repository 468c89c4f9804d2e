a = f"{"text"=}"
b = f"{'quoted' = !r:>20}"
c = f"{d["key"]=}"
