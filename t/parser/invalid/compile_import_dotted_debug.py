import __debug__.tools
