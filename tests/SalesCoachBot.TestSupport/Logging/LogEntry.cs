using Microsoft.Extensions.Logging;

namespace SalesCoachBot.TestSupport.Logging;

public sealed record LogEntry(string Category, LogLevel Level, int EventId, string Message, Exception? Exception);
