// The Azure Bot registration and its Teams channel. Azure Bot is a global resource.

@description('Name of the Azure Bot resource.')
param name string

@description('Name shown in the Azure portal and the Bot Framework channels.')
param displayName string

@allowed([
  'F0'
  'S1'
])
param sku string

@allowed([
  'MultiTenant'
  'SingleTenant'
  'UserAssignedMSI'
])
param msaAppType string

@description('Application (client) ID of the bot identity (app registration, or the managed identity\'s client id).')
param msaAppId string

@description('Tenant of the bot identity; ignored for MultiTenant.')
param msaAppTenantId string

@description('Resource id of the user-assigned managed identity; only for UserAssignedMSI.')
param msaAppMsiResourceId string

@description('HTTPS URL of the bot\'s messaging endpoint.')
param endpoint string

param tags object

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: sku
  }
  tags: tags
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppId: msaAppId
    msaAppType: msaAppType
    msaAppTenantId: msaAppType == 'MultiTenant' ? null : msaAppTenantId
    msaAppMSIResourceId: msaAppType == 'UserAssignedMSI' ? msaAppMsiResourceId : null
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output name string = bot.name
