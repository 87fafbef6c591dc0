using TradeTracker.Web.Domain;

namespace TradeTracker.UnitTests.Domain;

public sealed class WebAddressTests
{
    [Theory]
    [InlineData("https://ustr.gov/trade-topics")]
    [InlineData("http://www.mofcom.gov.cn/article/ae/")]
    [InlineData("https://evil.example/#@ustr.gov")]
    public void Problem_PublishersAddress_IsNone(string url)
    {
        Assert.Null(WebAddress.Problem(url));
    }

    [Theory]
    [InlineData("https://ustr.gov@evil.example/notice", "names a user before @ (it leads to evil.example)")]
    [InlineData("https://ustr.gov:443@evil.example/", "names a user before @ (it leads to evil.example)")]
    [InlineData("ftp://ustr.gov/", "must be an absolute http or https address")]
    [InlineData("file:///etc/passwd", "must be an absolute http or https address")]
    [InlineData("ustr.gov/notice", "must be an absolute http or https address")]
    public void Problem_AddressThatIsNotThePublishers_SaysWhy(string url, string expected)
    {
        Assert.StartsWith(expected, WebAddress.Problem(url));
    }
}
