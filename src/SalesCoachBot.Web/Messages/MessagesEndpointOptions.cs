using System.ComponentModel.DataAnnotations;

namespace SalesCoachBot.Web.Messages;

/// <summary>Settings of <c>POST /api/messages</c> (configuration section <c>Messages</c>).</summary>
internal sealed class MessagesEndpointOptions
{
    public const string SectionName = "Messages";

    /// <summary>
    /// The largest activity accepted. Teams caps a message at about 28 KB plus metadata; 256 KB
    /// leaves room for rich channel data while keeping one request's memory small.
    /// </summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 256 * 1024;
}
