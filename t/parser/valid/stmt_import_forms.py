import os
import os.path
import xml.etree.ElementTree as ET
import a as b, c.d as e, f
