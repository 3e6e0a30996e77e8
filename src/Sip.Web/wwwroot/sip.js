// The page's few actions that are not Blazor's, wired here because the Content-Security-Policy
// allows no inline script: reloading after a lost connection, and printing a document.
document.addEventListener('click', event => {
    if (!(event.target instanceof Element)) {
        return;
    }
    if (event.target.closest('[data-reload]')) {
        event.preventDefault();
        location.reload();
    } else if (event.target.closest('[data-print]')) {
        window.print();
    }
});
