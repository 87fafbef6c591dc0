using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace TradeTracker.Web.Api;

/// <summary>ETags for the API's GET answers, made from the answer itself: a weak tag of the SHA-256 of the body, so any
/// change that alters an answer alters its tag, the same answer has the same tag on every instance and at every
/// instant, and nothing else has to know what an answer depends on. Weak (<c>W/"…"</c>) because the same answer is
/// also sent compressed; If-None-Match compares weakly anyway. An answer that already has an ETag keeps it (a single
/// row's is its version, which If-Match checks; <see cref="VersionedRows"/>). A GET whose If-None-Match holds the tag
/// (or <c>*</c>) is answered 304 with the tag and no body.</summary>
/// <remarks>The body is held until the handler is done, up to <see cref="MaxBufferedBytes"/>; a larger answer (a
/// whole-store CSV download) is sent as it is written, without an ETag.</remarks>
public static class ReadETags
{
    public const int MaxBufferedBytes = 1024 * 1024;

    public static async Task AnswerAsync(HttpContext context, RequestDelegate next)
    {
        var response = context.Response;
        var original = response.Body;
        await using var held = new HeldBody(original);
        response.Body = held;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        if (held.Body is not { } body)
        {
            return;
        }

        if (response.StatusCode == StatusCodes.Status200OK)
        {
            if (string.IsNullOrEmpty(response.Headers.ETag))
            {
                response.Headers.ETag = $"W/\"{Base64Url(SHA256.HashData(body.Span)[..16])}\"";
            }

            if (Matches(context.Request.Headers.IfNoneMatch, response.Headers.ETag!))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                response.ContentType = null;
                return;
            }
        }

        await original.WriteAsync(body, context.RequestAborted);
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag) =>
        ifNoneMatch.Count > 0
        && EntityTagHeaderValue.TryParseList([.. ifNoneMatch.OfType<string>()], out var tags)
        && EntityTagHeaderValue.TryParse(etag, out var current)
        && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: false));

    private static string Base64Url(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Holds what the handler writes until it is done; past <see cref="MaxBufferedBytes"/> it sends what it
    /// holds and passes the rest through.</summary>
    private sealed class HeldBody(Stream inner) : Stream
    {
        private MemoryStream? held = new();

        /// <summary>Everything written, when it was all held; null once it passed through.</summary>
        public ReadOnlyMemory<byte>? Body => held is null ? null : held.GetBuffer().AsMemory(0, (int)held.Length);

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (held is null)
            {
                await inner.WriteAsync(buffer, cancellationToken);
                return;
            }

            held.Write(buffer.Span);
            if (held.Length > MaxBufferedBytes)
            {
                var all = held;
                held = null;
                await inner.WriteAsync(all.GetBuffer().AsMemory(0, (int)all.Length), cancellationToken);
                await all.DisposeAsync();
            }
        }

        /// <summary>A flush while holding waits for the end; once passing through it flushes.</summary>
        public override void Flush()
        {
            if (held is null)
            {
                inner.Flush();
            }
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => held is null ? inner.FlushAsync(cancellationToken) : Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                held?.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
