/** Messages of the playbooks feature (request schemas and result types). */
export const playbookMessages = {};
