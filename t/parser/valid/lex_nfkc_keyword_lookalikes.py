# NFKC turns these into keyword spellings after keyword detection.
𝐢𝐟 = 1
𝐍𝐨𝐧𝐞 = 2
x.𝐓𝐫𝐮𝐞 = 3
