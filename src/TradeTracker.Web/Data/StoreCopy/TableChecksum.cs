using System.Security.Cryptography;
using System.Text;

namespace TradeTracker.Web.Data.StoreCopy;

/// <summary>A table's row count and the SHA-256 of its rows in primary-key order, each row the canonical text of its
/// values (<see cref="CanonicalValue"/>) ended by a newline. Computed on each side from the values read back as the
/// model's CLR types, so equal checksums mean equal values, whatever each store's text for them.</summary>
public sealed class TableChecksum : IDisposable
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly StringBuilder row = new();
    private byte[] buffer = new byte[4096];

    public long Rows { get; private set; }

    public void AddRow(IReadOnlyList<object?> values)
    {
        row.Clear();
        foreach (var value in values)
        {
            CanonicalValue.Append(row, value);
        }

        row.Append('\n');
        var length = Encoding.UTF8.GetMaxByteCount(row.Length);
        if (buffer.Length < length)
        {
            buffer = new byte[Math.Max(length, buffer.Length * 2)];
        }

        var written = Encoding.UTF8.GetBytes(row.ToString(), buffer);
        hash.AppendData(buffer, 0, written);
        Rows++;
    }

    /// <summary>The SHA-256 of the rows added so far, as lower-case hex.</summary>
    public string Sha256() => Convert.ToHexStringLower(hash.GetCurrentHash());

    public void Dispose() => hash.Dispose();
}
