// Parameters for infra/main.bicep. Identity values and secrets come from the environment so
// they are never committed:
//   export MICROSOFT_APP_ID=<app registration client id>
//   export MICROSOFT_APP_PASSWORD=<client secret>          # not for UserAssignedMSI
//   export POSTGRES_ADMIN_PASSWORD=<password>              # only with deployPostgres = true
//   az deployment group create -g <group> -f infra/main.bicep -p infra/main.bicepparam
using 'main.bicep'

param baseName = 'salescoach'
param botSku = 'F0'
param msaAppType = 'SingleTenant'
param msaAppId = readEnvironmentVariable('MICROSOFT_APP_ID', '')
param msaAppPassword = readEnvironmentVariable('MICROSOFT_APP_PASSWORD', '')
param appServiceSkuName = 'B1'
param deployPostgres = false
param postgresAdministratorPassword = readEnvironmentVariable('POSTGRES_ADMIN_PASSWORD', '')
