using System.Buffers.Binary;
using System.Text;

namespace TradeTracker.CircuitLoad;

/// <summary>
/// Reads what the harness needs from a render batch (the bytes of <c>JS.RenderBatch</c>), in the layout aspnetcore's
/// <c>RenderBatchWriter</c> writes and blazor.web.js's <c>OutOfProcessRenderBatch</c> reads, all little-endian:
/// the updated components, the reference frames (an int32 count, then 20 bytes a frame: an int32 frame type and
/// 16 bytes that depend on it), the disposed component ids, the disposed event handler ids (an int32 count, then
/// uint64s) and the string table (7-bit-length-prefixed UTF-8 strings, then an int32 location per string). The
/// batch ends with five int32 offsets, one per part, in that order.
/// </summary>
internal readonly struct RenderBatchReader(byte[] batch)
{
    private const int FrameSize = 20;
    private const int ElementFrame = 1;
    private const int AttributeFrame = 3;
    private const int OffsetsSize = 20;

    private int ReferenceFrames => Int32At(batch.Length - 16);

    private int DisposedEventHandlerIds => Int32At(batch.Length - 8);

    private int StringLocations => Int32At(batch.Length - 4);

    public bool DisposesEventHandler(ulong eventHandlerId)
    {
        var disposed = DisposedEventHandlerIds;
        var count = Int32At(disposed);
        for (var i = 0; i < count; i++)
        {
            if (BinaryPrimitives.ReadUInt64LittleEndian(batch.AsSpan(disposed + 4 + i * 8)) == eventHandlerId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The event handler id that <paramref name="eventAttribute"/> (e.g. <c>onclick</c>) has on an element of this
    /// batch that carries <paramref name="name"/>="<paramref name="value"/>". An element frame is followed directly by
    /// its attribute frames: a string index for the name (bytes 4-7), one for the value (8-11) and the handler id
    /// (12-19). Component frames are followed by parameter frames of the same shape, so only elements are looked at.
    /// Returns 0 if there is no such element: Blazor numbers event handlers from 1.
    /// </summary>
    public ulong FindEventHandler(string name, string value, string eventAttribute)
    {
        var frames = ReferenceFrames;
        var count = Int32At(frames);
        for (var element = 0; element < count; element++)
        {
            if (FrameType(frames, element) != ElementFrame)
            {
                continue;
            }

            var matches = false;
            ulong handler = 0;
            for (var attribute = element + 1; attribute < count && FrameType(frames, attribute) == AttributeFrame; attribute++)
            {
                var frame = FrameAt(frames, attribute);
                var attributeName = StringAt(Int32At(frame + 4));
                if (attributeName == name && StringAt(Int32At(frame + 8)) == value)
                {
                    matches = true;
                }
                else if (attributeName == eventAttribute)
                {
                    handler = BinaryPrimitives.ReadUInt64LittleEndian(batch.AsSpan(frame + 12));
                }
            }

            if (matches && handler != 0)
            {
                return handler;
            }
        }

        return 0;
    }

    /// <summary>Whether a string the batch carries (an attribute value, a text or markup frame) contains this UTF-8 text.</summary>
    public bool CarriesText(ReadOnlySpan<byte> utf8Text)
    {
        var locations = StringLocations;
        if (locations == batch.Length - OffsetsSize)
        {
            return false;
        }

        // The strings lie back to back from the first one's location up to the location table.
        var first = Int32At(locations);
        return batch.AsSpan(first, locations - first).IndexOf(utf8Text) >= 0;
    }

    private int FrameAt(int frames, int index) => frames + 4 + index * FrameSize;

    private int FrameType(int frames, int index) => Int32At(FrameAt(frames, index));

    private string? StringAt(int index)
    {
        if (index == -1)
        {
            return null;
        }

        var position = Int32At(StringLocations + index * 4);
        var length = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = batch[position++];
            length |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                break;
            }
        }

        return Encoding.UTF8.GetString(batch, position, length);
    }

    private int Int32At(int offset) => BinaryPrimitives.ReadInt32LittleEndian(batch.AsSpan(offset));
}
