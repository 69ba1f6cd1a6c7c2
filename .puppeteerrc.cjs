// Ace by DAISY (the EPUB accessibility check in the tests) drives Chromium through Puppeteer, which would download a
// browser when installed; the tests hand it the system's Chromium (or the npm one) instead. See tests/epub/epub.test.ts.
module.exports = { skipDownload: true };
