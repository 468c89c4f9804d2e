# coding: utf-8
été = '€ 日本'
