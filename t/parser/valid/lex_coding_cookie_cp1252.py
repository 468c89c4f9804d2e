# coding=cp1252
quote = '“smart” €'
