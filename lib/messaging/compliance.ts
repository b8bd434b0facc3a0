/** Messages of the compliance feature (request schemas and result types). */
export const complianceMessages = {};
