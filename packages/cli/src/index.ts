import { hello } from '@lambda-blueprints/role-templates';

export const greet = (): string => hello();
