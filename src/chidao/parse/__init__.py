"""Reading a document: normalize the text, read its header, segment its outline."""
