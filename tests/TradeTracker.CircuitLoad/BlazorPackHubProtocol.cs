using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace TradeTracker.CircuitLoad;

/// <summary>
/// The hub protocol Blazor Server speaks: SignalR's MessagePack protocol under the name "blazorpack", version 1.
/// Blazor's own <c>BlazorPackHubProtocol</c> is internal; it writes the same frames (a varint length prefix, then a
/// MessagePack array per message) and only narrows the argument types to string, bool, int, long, float and binary,
/// which MessagePack's standard resolver reads and writes the same way. blazor.web.js does the same: it renames the
/// JS MessagePack protocol to "blazorpack".
/// </summary>
internal sealed class BlazorPackHubProtocol : IHubProtocol
{
    public static readonly BlazorPackHubProtocol Instance = new();

    private readonly MessagePackHubProtocol messagePack = new();

    public string Name => "blazorpack";

    public int Version => 1;

    public TransferFormat TransferFormat => TransferFormat.Binary;

    public bool IsVersionSupported(int version) => version == Version;

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message) =>
        messagePack.TryParseMessage(ref input, binder, out message);

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => messagePack.WriteMessage(message, output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => messagePack.GetMessageBytes(message);
}
