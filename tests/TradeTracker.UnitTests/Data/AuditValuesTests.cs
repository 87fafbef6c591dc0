using TradeTracker.Web.Data.Auditing;

namespace TradeTracker.UnitTests.Data;

/// <summary>The audit log records a change only where a value changed: what a store gives back in another spelling is
/// the same value.</summary>
public sealed class AuditValuesTests
{
    [Theory]
    [InlineData("10", "10.0")]
    [InlineData("12.5", "12.500")]
    [InlineData("[\"CAN\",\"MEX\"]", "[\"MEX\",\"CAN\"]")]
    [InlineData("[\"1\",\"2\"]", "[\"2\",\"1\"]")]
    [InlineData("\"2025-04-10T00:01:00-04:00\"", "\"2025-04-10T04:01:00+00:00\"")]
    [InlineData(null, "[]")]
    [InlineData("\"\"", "null")]
    [InlineData("{\"a\":1,\"b\":[\"x\",\"y\"]}", "{\"b\":[\"y\",\"x\"],\"a\":1.0}")]
    public void Same_SameValueWrittenDifferently_IsTrue(string? before, string? after) =>
        Assert.True(AuditValues.Same(before, after));

    [Theory]
    [InlineData("10", "10.5")]
    [InlineData("[\"CAN\",\"MEX\"]", "[\"CAN\"]")]
    [InlineData("[\"CAN\",\"CAN\"]", "[\"CAN\"]")]
    [InlineData("\"2025-04-10T00:01:00-04:00\"", "\"2025-04-10T00:01:00+00:00\"")]
    [InlineData("\"2025-04-10\"", "\"2025-04-11\"")]
    [InlineData("\"Ten\"", "\"ten\"")]
    [InlineData(null, "\"x\"")]
    [InlineData("10", "\"10\"")]
    public void Same_DifferentValues_IsFalse(string? before, string? after) =>
        Assert.False(AuditValues.Same(before, after));
}
