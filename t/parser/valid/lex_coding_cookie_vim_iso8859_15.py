# vim: set fileencoding=iso-8859-15 :
euro = '€'
