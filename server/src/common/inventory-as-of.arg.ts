import { Args } from '@nestjs/graphql';
import { DateScalarType } from './date-type';

/**
 * The optional `inventoryAsOf` argument of the reports and the map: the inventory (names, addresses, recipient
 * classes, statutory mappings, the category hierarchy) as recorded at the end of that date, from the change history,
 * instead of as it is now. Which flows count is still decided by the report's own dates.
 */
export const InventoryAsOfArg = () =>
  Args('inventoryAsOf', {
    type: () => DateScalarType,
    nullable: true,
    description: 'The inventory as recorded at the end of this date (default: as it is now)',
  });
