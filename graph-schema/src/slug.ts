/** Ids of every node are slugs (PRODUCT.md §5). */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;
