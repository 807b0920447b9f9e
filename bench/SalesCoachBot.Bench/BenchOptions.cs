using System.Globalization;

namespace SalesCoachBot.Bench;

/// <summary>The load to generate, from the command line.</summary>
internal sealed record BenchOptions(int Conversations, int MessagesPerConversation, TimeSpan ReplyTimeout, TimeSpan RunLimit, string? BotDll)
{
    public static BenchOptions Parse(string[] args)
    {
        var conversations = 50;
        var messages = 20;
        var replyTimeout = TimeSpan.FromSeconds(10);
        var runLimit = TimeSpan.FromSeconds(50);
        string? botDll = null;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--conversations": conversations = int.Parse(value, CultureInfo.InvariantCulture); i++; break;
                case "--messages": messages = int.Parse(value, CultureInfo.InvariantCulture); i++; break;
                case "--reply-timeout-seconds": replyTimeout = TimeSpan.FromSeconds(int.Parse(value, CultureInfo.InvariantCulture)); i++; break;
                case "--limit-seconds": runLimit = TimeSpan.FromSeconds(int.Parse(value, CultureInfo.InvariantCulture)); i++; break;
                case "--bot-dll": botDll = value; i++; break;
                default: throw new ArgumentException($"Unknown option {args[i]}. Options: --conversations N --messages N --reply-timeout-seconds N --limit-seconds N --bot-dll PATH");
            }
        }

        if (conversations < 1 || messages < 1)
        {
            throw new ArgumentException("--conversations and --messages must be at least 1.");
        }

        return new BenchOptions(conversations, messages, replyTimeout, runLimit, botDll);
    }
}
