/** Opens and closes the search dialog (button, "/" and Ctrl+K); the search itself loads on first use. */
const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
const input = document.querySelector<HTMLInputElement>('[data-search-input]');

if (dialog && input) {
	let engine: Promise<typeof import('./search-engine')> | undefined;
	const load = () =>
		(engine ??= import('./search-engine').then((module) => (module.attach(dialog), module)));
	// Where the reader was: closing the dialog (Escape, the close button, the backdrop) puts focus back there.
	let opener: Element | null = null;
	const open = () => {
		if (!dialog.open) {
			opener = document.activeElement;
			dialog.showModal();
		}
		input.focus();
		input.select();
		void load();
	};
	document.querySelector('[data-search-open]')?.addEventListener('click', open);
	document.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
	dialog.addEventListener('close', () => {
		if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
	});
	// Escape closes, even from a search field with text in it (which would only clear it).
	dialog.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape') return;
		event.preventDefault();
		dialog.close();
	});
	// A click on the backdrop (outside the dialog's box) closes it.
	dialog.addEventListener('click', (event) => {
		if (event.target === dialog) dialog.close();
	});
	input.addEventListener('focus', () => void load(), { once: true });
	document.addEventListener('keydown', (event) => {
		const typing =
			event.target instanceof HTMLElement &&
			(event.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName));
		if (
			(event.key === '/' && !typing) ||
			(event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))
		) {
			event.preventDefault();
			open();
		}
	});
}
