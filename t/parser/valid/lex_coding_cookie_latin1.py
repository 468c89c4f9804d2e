# -*- coding: latin-1 -*-
greeting = 'olé'  # café crème
café = greeting
