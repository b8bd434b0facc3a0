/** Messages of the alerts feature (request schemas and result types). */
export const alertMessages = {};
