try {
	const root = document.documentElement;
	root.dataset.theme = localStorage.getItem('reader.theme') || '';
	root.dataset.textSize = localStorage.getItem('reader.textSize') || '0';
	root.classList.add('js');
} catch {}
