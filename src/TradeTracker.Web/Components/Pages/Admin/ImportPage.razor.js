// The pasted CSV can be megabytes: rather than send it as one SignalR message (over the circuit's 32 KB limit), the
// page asks for it on Preview and Blazor streams the bytes to the server in chunks (IJSStreamReference).
export function readText(textarea) {
    return new TextEncoder().encode(textarea.value);
}

// Asked before readText: Blazor refuses a stream of no bytes (and the circuit would end), so nothing pasted is no stream.
export function hasText(textarea) {
    return textarea.value !== "";
}

export function clearText(textarea) {
    textarea.value = "";
}
