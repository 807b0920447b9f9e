using Microsoft.Extensions.Logging;

namespace SalesCoachBot.Web.Tests.Support;

public sealed record LogEntry(string Category, LogLevel Level, int EventId, string Message, Exception? Exception);
