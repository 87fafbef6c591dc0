using System.Security.Cryptography;

namespace TradeTracker.Web.Services.OpenData;

/// <summary>A feed ready to send: its bytes, a strong ETag over them, and when its content last changed.</summary>
public sealed record FeedDocument(byte[] Content, string ContentType, DateTimeOffset LastModified)
{
    public string ETag { get; } = $"\"{Convert.ToHexStringLower(SHA256.HashData(Content))[..32]}\"";
}
