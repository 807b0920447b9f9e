using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Protocol.Connector;

namespace SalesCoachBot.Protocol.Tests.Connector;

public sealed class ConnectorResiliencePipelineTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RetryAfter_Seconds_ThatDelay()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7));

        Assert.Equal(TimeSpan.FromSeconds(7), ConnectorResiliencePipeline.RetryAfter(response, new FakeTimeProvider(Now)));
    }

    [Fact]
    public void RetryAfter_HttpDate_DelayFromInjectedClock()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("Retry-After", "Mon, 02 Mar 2026 09:00:30 GMT");

        Assert.Equal(TimeSpan.FromSeconds(30), ConnectorResiliencePipeline.RetryAfter(response, new FakeTimeProvider(Now)));
    }

    [Fact]
    public void RetryAfter_DateInThePast_Zero()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("Retry-After", "Mon, 02 Mar 2026 08:59:00 GMT");

        Assert.Equal(TimeSpan.Zero, ConnectorResiliencePipeline.RetryAfter(response, new FakeTimeProvider(Now)));
    }

    [Fact]
    public void RetryAfter_Missing_Null()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);

        Assert.Null(ConnectorResiliencePipeline.RetryAfter(response, new FakeTimeProvider(Now)));
    }
}
