/** Describes every action button while they are not built: one note per list, visible above it. */
export const ACTIONS_SOON_ID = "crud-actions-soon";
