
export { requires } from '../../plugins/permissions.js';
