// Inline right after the pair picker's radios, before the text is parsed, so that the pair shows without a jump: the
// pair a shared link names (?with=es), else the one the reader chose last, if this page offers it.
try {
	const wanted =
		new URLSearchParams(location.search).get('with') || localStorage.getItem('reader.companion');
	for (const input of document.querySelectorAll('.pair-picker input[name="with"]'))
		if (input.value === wanted) input.checked = true;
} catch {}
