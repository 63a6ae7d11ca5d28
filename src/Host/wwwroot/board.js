// Keeps keyboard focus on a tile after it moved to another column (its element is re-created there).
export function focusTile(article) {
    document.querySelector(`[data-tile-article="${article}"] .tile-open`)?.focus();
}
