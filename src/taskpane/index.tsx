// Placeholder entry replaced by the task pane work (issue 3).
export {};
